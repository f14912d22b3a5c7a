/** Recording installations, their exclusions, and reading them with their warranty. */
package com.aftersales.crm.installation.boundary;
