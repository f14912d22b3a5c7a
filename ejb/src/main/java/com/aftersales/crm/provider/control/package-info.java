/** Rules about technicians that need no database: who may be sent, alone or together, on which work; the yearly review's score. */
package com.aftersales.crm.provider.control;
