// The Azure Bot resource: registers the bot's messaging endpoint with the Bot Framework under its Entra app.
param name string
param tags object = {}
param displayName string

@description('https://<app host>/api/messages')
param endpoint string

param microsoftAppId string

@allowed([
  'SingleTenant'
  'MultiTenant'
])
param microsoftAppType string

param microsoftAppTenantId string

@allowed([
  'F0'
  'S1'
])
param skuName string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'SingleTenant' ? microsoftAppTenantId : ''
    disableLocalAuth: false
    publicNetworkAccess: 'Enabled'
  }
}

output name string = bot.name
