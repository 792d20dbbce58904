// Application Insights for the bot's logs, requests and dependencies.
param name string
param location string
param tags object = {}

@description('Resource id of the Log Analytics workspace that stores the telemetry.')
param workspaceId string

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: name
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspaceId
    IngestionMode: 'LogAnalytics'
  }
}

// It only lets a process send telemetry here; the app-service module still takes it as @secure() to keep it
// out of deployment logs, like every *ConnectionString* parameter.
output connectionString string = insights.properties.ConnectionString
