/** The time-bank ledger: accounts, transfers, service records and the audit journal. */
package org.sanshe.timebank;
