/** The double-entry ledger: transfers, reservations, linked batches and their events. */
package org.sanshe.timebank.ledger;
