package dev.retort.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class NamingTest {

    @Test
    void snakeCasesJavaNames() {
        assertThat(Naming.snakeCase("emailAddress")).isEqualTo("email_address");
        assertThat(Naming.snakeCase("OrderLine")).isEqualTo("order_line");
        assertThat(Naming.snakeCase("HTTPServer")).isEqualTo("http_server");
        assertThat(Naming.snakeCase("userID")).isEqualTo("user_id");
        assertThat(Naming.snakeCase("address2")).isEqualTo("address2");
        assertThat(Naming.snakeCase("line2Total")).isEqualTo("line2_total");
        assertThat(Naming.snakeCase("id")).isEqualTo("id");
        assertThat(Naming.snakeCase("already_snake")).isEqualTo("already_snake");
    }

    @Test
    void makesConstantNames() {
        assertThat(Naming.constantCase("totalPrice")).isEqualTo("TOTAL_PRICE");
    }
}
