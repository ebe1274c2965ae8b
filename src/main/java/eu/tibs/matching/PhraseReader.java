package eu.tibs.matching;

import java.util.List;

/** Reads one phrase of a profile into the terms matching compares, in the language the profile is written in. */
@FunctionalInterface
interface PhraseReader {

    /** The distinct analysed terms of a phrase, in order of appearance. */
    List<String> terms(String phrase);
}
