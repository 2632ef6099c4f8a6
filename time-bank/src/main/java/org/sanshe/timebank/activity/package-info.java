/**
 * Activities and patrol shifts: sign-up, check-in, check-out and confirmation into verified service
 * records; patrol findings.
 */
package org.sanshe.timebank.activity;
