/** The brokers' workspace: server-rendered pages over the domain services, in one shell with Camunda's webapps. */
package eu.tibs.workspace;
