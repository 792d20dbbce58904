// One secret in the vault, for values the deployment itself knows (the PostgreSQL connection string).
// Secrets only a person knows (the bot's client secret) are set with az keyvault secret set: see deploy/README.md.
param keyVaultName string
param secretName string

@secure()
param secretValue string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: secretName
  properties: {
    value: secretValue
    contentType: 'text/plain'
  }
}

output name string = secret.name
