/** Companies that ask for brokerage: master data, contact people and their consent. */
package eu.tibs.company;
