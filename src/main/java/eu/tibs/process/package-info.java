/** What every process shares: deployment of the models and forms, and server-side checks of submitted forms. */
package eu.tibs.process;
