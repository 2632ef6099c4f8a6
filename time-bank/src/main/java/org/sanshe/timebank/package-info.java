/** The time bank (时间银行): the command facade and its local configuration. */
package org.sanshe.timebank;
