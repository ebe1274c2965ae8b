/** Demo data for the default profile: a broker per region, a coordinator, a project lead, an admin, 42 companies. */
package eu.tibs.demo;
