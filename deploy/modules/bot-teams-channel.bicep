// Connects the Azure Bot to Microsoft Teams.
param botName string

resource bot 'Microsoft.BotService/botServices@2022-09-15' existing = {
  name: botName
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}
