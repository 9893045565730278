package vn.mamxanh.security.login;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Camunda stores passwords as salted SHA-512 by default, which is fast to brute-force offline;
 * new and changed passwords are hashed with BCrypt instead. Hashes are stored as
 * {@code {BCRYPT}...}, so older SHA-512 hashes keep working until the password is next changed.
 */
public class BcryptPasswordEncryptor implements PasswordEncryptor {

    private final BCryptPasswordEncoder bcrypt;

    public BcryptPasswordEncryptor(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return bcrypt.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return "BCRYPT";
    }
}
