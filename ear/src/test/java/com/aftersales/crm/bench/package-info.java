/** Benchmarks run inside the server against generated data (./crm bench); they print figures, they do not judge. */
package com.aftersales.crm.bench;
