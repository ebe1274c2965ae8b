/** Tasklist's cards name the company a task is about: its name, region and the case's stage, kept current. */
package eu.tibs.taskcard;
