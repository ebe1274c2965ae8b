/** Feedback: ratings and outcome from both companies and both brokers, and follow-ups at 3, 6 and 12 months. */
package eu.tibs.feedback;
