/**
 * For provider authors: {@link dev.architect.spi.ArchitectProvider} (found with {@link java.util.ServiceLoader}), its
 * configuration ({@link dev.architect.spi.ProviderConfig}, {@link dev.architect.spi.ProviderSetting}), and the HTTP
 * pieces that let the SDK classify failures ({@link dev.architect.spi.ModelHttpException},
 * {@link dev.architect.spi.ModelHttpClientBuilder}).
 */
package dev.architect.spi;
