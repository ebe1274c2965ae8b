package eu.tibs.demo;

import java.util.List;

/** A demo login and the groups it belongs to. */
record DemoUser(String id, String firstName, String lastName, List<String> groups) {
}
