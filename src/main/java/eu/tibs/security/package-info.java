/** Who may do what: the Camunda groups behind brokers of each region, coordinators, project leads and admins. */
package eu.tibs.security;
