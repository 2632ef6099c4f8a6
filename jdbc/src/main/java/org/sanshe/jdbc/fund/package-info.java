/**
 * Community funds on a relational database: {@link org.sanshe.jdbc.fund.JdbcFunds} (schema
 * component {@code funds}: {@code fd_fund}, {@code fd_account}, {@code fd_sponsor}, {@code
 * fd_reversed}, the journal {@code fd_movement} and its postings {@code fd_posting}).
 */
package org.sanshe.jdbc.fund;
