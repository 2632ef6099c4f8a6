/** Service records (志愿服务记录): recording, verification and correction of volunteer service. */
package org.sanshe.timebank.service;
