/** Introduction and pilot testing: the meeting, the pilot plan, periodic check-ins, completed or abandoned. */
package eu.tibs.pilot;
