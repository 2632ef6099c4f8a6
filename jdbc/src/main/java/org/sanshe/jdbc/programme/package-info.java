/**
 * Programmes, applications and programme budgets on a relational database (issue 18): {@link
 * org.sanshe.jdbc.programme.JdbcProgrammes}, {@link org.sanshe.jdbc.programme.JdbcApplications} and
 * {@link org.sanshe.jdbc.programme.JdbcBudgets}, in the schema component {@code programmes} (DDL in
 * {@code META-INF/sanshe/schema/programmes/{postgresql,dameng}/}); the districts' guidance lists
 * ({@link org.sanshe.jdbc.programme.JdbcGuidanceLists}, component {@code guidance}) and expert
 * rosters with their recorded panels ({@link org.sanshe.jdbc.programme.JdbcExpertRosters},
 * component {@code review}).
 */
package org.sanshe.jdbc.programme;
