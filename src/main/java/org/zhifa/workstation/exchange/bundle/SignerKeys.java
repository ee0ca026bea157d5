package org.zhifa.workstation.exchange.bundle;

import java.util.Optional;

/** Looks up the key a bundle names: the trust store and this installation's own key. */
@FunctionalInterface
public interface SignerKeys {
    Optional<SignerKey> find(String keyId);
}
