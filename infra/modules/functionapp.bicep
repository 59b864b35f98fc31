// The Functions app on the Flex Consumption plan (.NET isolated), its system-assigned identity,
// App Service Authentication with Microsoft Entra ID, and the hardening of its endpoints.

import { contractSettingsType, tagsType } from 'types.bicep'

@description('Azure region of the resources.')
param location string

@description('Tags applied to every resource.')
param tags tagsType

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the function app (also the first label of its default host name).')
param appName string

@description('Name of the storage account the host, Durable Functions and the app use.')
param storageAccountName string

@description('Blob endpoint of that account, ending with a slash.')
param blobEndpoint string

@description('Queue endpoint of that account, ending with a slash.')
param queueEndpoint string

@description('Table endpoint of that account, ending with a slash.')
param tableEndpoint string

@description('Container that receives the deployment package.')
param deploymentContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Send telemetry with the app\'s identity (needed when the component disables local auth).')
param appInsightsEntraIdIngestion bool

@description('Versionless URI of the Key Vault secret holding the Cyclades API key.')
param cycladesApiKeySecretUri string

@description('Versionless URI of the Key Vault secret holding the Imag\'In API key.')
param imaginApiKeySecretUri string

@description('The contract\'s settings other than the keys: name to value.')
param contractSettings contractSettingsType

@description('Name of the Durable Functions task hub.')
param taskHubName string

@description('Most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of one instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Instances of the HTTP trigger group kept warm (0 lets the app scale to zero).')
@minValue(0)
param alwaysReadyHttpInstances int

@description('Entra ID tenant that issues the tokens.')
param tenantId string

@description('Client (application) id of the API\'s app registration.')
param apiClientId string

@description('Audiences accepted in access tokens, besides the client id.')
param allowedAudiences string[]

@description('Client ids of the apps allowed to call the API (the dashboard); empty: any app of the tenant.')
param allowedClientApplications string[]

@description('Origins allowed by CORS (the dashboard).')
param corsAllowedOrigins string[]

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

var storageSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
}

var telemetrySettings = union(
  {
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  },
  appInsightsEntraIdIngestion
    ? {
        APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
      }
    : {}
)

var secretSettings = {
  Cyclades__ApiKey: '@Microsoft.KeyVault(SecretUri=${cycladesApiKeySecretUri})'
  Imagin__ApiKey: '@Microsoft.KeyVault(SecretUri=${imaginApiKeySecretUri})'
}

// host.json values can be overridden by app settings; the hub name is per environment so two
// apps sharing an account never share a hub.
var hostSettings = {
  AzureFunctionsJobHost__extensions__durableTask__hubName: taskHubName
}

var appSettings = union(storageSettings, telemetrySettings, secretSettings, hostSettings, contractSettings)

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: 'SystemAssigned'
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        alwaysReady: alwaysReadyHttpInstances > 0
          ? [
              {
                name: 'http'
                instanceCount: alwaysReadyHttpInstances
              }
            ]
          : []
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: corsAllowedOrigins
        supportCredentials: false
      }
      appSettings: [
        for setting in items(appSettings): {
          name: setting.key
          value: string(setting.value)
        }
      ]
    }
  }
}

// Publishing goes through Entra ID (az functionapp deployment); no FTP or basic-auth SCM user.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// Every request needs a valid Entra ID access token; the platform answers 401 before any
// function runs, and passes the signed-in user in X-MS-CLIENT-PRINCIPAL.
resource auth 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
      runtimeVersion: '~1'
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'Return401'
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
      preserveUrlFragmentsForLogins: false
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: apiClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: union([apiClientId], allowedAudiences)
          defaultAuthorizationPolicy: empty(allowedClientApplications)
            ? null
            : {
                allowedApplications: allowedClientApplications
              }
        }
      }
    }
  }
}

output appName string = site.name
output planName string = plan.name
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
