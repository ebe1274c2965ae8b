/** How the HTTP API answers bad input and missing resources: RFC 9457 problem details that name each bad field. */
package eu.tibs.web;
