/** Cooperation profiles: what a company needs and offers along its value chain, its S3 domains and partner wishes. */
package eu.tibs.profile;
