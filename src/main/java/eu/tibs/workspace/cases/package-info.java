/** The case pages: the region's cases with what each waits for, and one case's timeline and open task. */
package eu.tibs.workspace.cases;
