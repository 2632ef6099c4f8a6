/**
 * Votes of residents and owners: electorates weighted by headcount and exact floor area, secret
 * ballots (a voter register kept apart from an unlinked ballot box), voting windows, and quorum and
 * threshold rules as composable named policies, Civil Code Art. 278 among them, all in exact
 * rational arithmetic; decisions list the figures behind every threshold checked.
 */
package org.sanshe.deliberation.ownersvote;
