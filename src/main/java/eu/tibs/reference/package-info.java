/** Code lists TIBS is built on: regions and their S3 priorities, Trans-S3 domains, NACE Rev. 2, value chain, cooperation types. */
package eu.tibs.reference;
