/** The audit of a ledger: hash-chain verification, statements, reconciliation, star ratings. */
package org.sanshe.timebank.audit;
