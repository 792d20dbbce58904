// The Linux App Service plan the bot runs on.
param name string
param location string
param tags object = {}

@description('B1 is enough for a pilot; P0v3 or above for production (always-on, more memory, zone redundancy options).')
param skuName string = 'B1'

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true // Linux
  }
}

output id string = plan.id
