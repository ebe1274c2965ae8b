/**
 * E-mail to brokers, coordinators and companies through a transactional outbox: written with the step that causes
 * it, sent afterwards by a dispatcher that retries and never lets two nodes send the same message.
 */
package eu.tibs.notification;
