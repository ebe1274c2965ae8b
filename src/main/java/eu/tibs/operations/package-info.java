/** How a node runs for real: its first administrator comes from the environment, and Camunda's setup page stays shut. */
package eu.tibs.operations;
