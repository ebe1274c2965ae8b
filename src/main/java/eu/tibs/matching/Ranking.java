package eu.tibs.matching;

import java.util.List;

/** The best candidates a search found, and how many candidates it scored exactly to find them. */
record Ranking(List<TopCandidates.Scored> best, int scored) {
}
