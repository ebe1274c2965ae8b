/**
 * The personal links in company-facing e-mail: signed, expiring tokens that open a case's company page without a
 * login, and the check behind them.
 */
package eu.tibs.companylink;
