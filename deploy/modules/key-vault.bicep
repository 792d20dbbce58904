// Key Vault for the app's secrets. Access is Azure RBAC only (no access policies), so who may read what is
// visible in the resource's access control, and the app's identity is granted Key Vault Secrets User alone.
param name string
param location string
param tags object = {}

@description('Purge protection cannot be turned off once on; leave it on in production.')
param enablePurgeProtection bool = true

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null // the API refuses an explicit false
    publicNetworkAccess: 'Enabled'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
