package com.aftersales.crm.servicecase.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsibilityTest {

    @Test
    void productQualityIsTheMakersCostInstallationAndServiceTheProvidersCustomerUseTheCustomers() {
        assertThat(Responsibility.PRODUCT_QUALITY.defaultBearer()).isEqualTo(CostBearer.MAKER);
        assertThat(Responsibility.INSTALLATION_QUALITY.defaultBearer()).isEqualTo(CostBearer.PROVIDER);
        assertThat(Responsibility.SERVICE_QUALITY.defaultBearer()).isEqualTo(CostBearer.PROVIDER);
        assertThat(Responsibility.CUSTOMER_USE.defaultBearer()).isEqualTo(CostBearer.CUSTOMER);
        assertThat(Responsibility.UNDETERMINED.defaultBearer()).isEqualTo(CostBearer.UNDECIDED);
    }
}
