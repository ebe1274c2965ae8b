/** The company pages: list and search, registration and correction, the record with its service history. */
package eu.tibs.workspace.companies;
