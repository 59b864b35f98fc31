// Log Analytics workspace and workspace-based Application Insights.

import { tagsType } from 'types.bicep'

@description('Azure region of the resources.')
param location string

@description('Tags applied to every resource.')
param tags tagsType

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Refuse telemetry sent with the instrumentation key alone (Entra ID ingestion only).')
param disableLocalAuth bool

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: disableLocalAuth
  }
}

output workspaceName string = workspace.name
output appInsightsName string = appInsights.name

// Not a secret: the connection string only names the component and its ingestion endpoint;
// with local auth disabled it cannot send telemetry without an Entra ID token.
output appInsightsConnectionString string = appInsights.properties.ConnectionString
