package vn.mamxanh.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BcryptPasswordEncryptorTest {

    private final BcryptPasswordEncryptor encryptor = new BcryptPasswordEncryptor(4);

    @Test
    void hashes_are_salted_bcrypt_and_check_only_the_right_password() {
        String first = encryptor.encrypt("MamXanh@2026");
        String second = encryptor.encrypt("MamXanh@2026");
        assertThat(first).startsWith("$2a$04$").isNotEqualTo(second);
        assertThat(encryptor.check("MamXanh@2026", first)).isTrue();
        assertThat(encryptor.check("MamXanh@2027", first)).isFalse();
        assertThat(encryptor.hashAlgorithmName()).isEqualTo("BCRYPT");
    }
}
