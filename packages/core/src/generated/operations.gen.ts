/**
 * This file was generated from spec/openapi.yaml by scripts/generate-operations.mjs.
 * Do not make direct changes to the file: edit the spec and run `pnpm generate`.
 */

/** Which operation a method and path template are. */
export const operationRoutes = {
  "POST /v2/clusters/createServerless": "createServerlessCluster",
  "POST /v2/clusters/createFree": "createFreeCluster",
  "GET /v2/clusters": "listClusters",
  "GET /v2/clusters/{clusterId}": "describeCluster",
  "DELETE /v2/clusters/{clusterId}/drop": "dropCluster",
  "GET /v2/projects": "listProjects",
  "GET /v2/clouds": "listCloudProviders",
  "GET /v2/regions": "listCloudRegions"
} as const;

/** Input rules of every operation, by where the input goes (body, path, query). */
export const operationConstraints = {
  "createServerlessCluster": {
    "body": {
      "clusterName": {
        "required": true,
        "type": "string",
        "pattern": "^[A-Za-z0-9-]+$",
        "minLength": 1,
        "maxLength": 32
      },
      "projectId": {
        "required": true,
        "type": "string",
        "pattern": "^proj-[0-9a-f]+$"
      },
      "regionId": {
        "required": true,
        "type": "string",
        "minLength": 1
      },
      "description": {
        "required": false,
        "type": "string",
        "maxLength": 255
      }
    }
  },
  "createFreeCluster": {
    "body": {
      "clusterName": {
        "required": true,
        "type": "string",
        "pattern": "^[A-Za-z0-9-]+$",
        "minLength": 1,
        "maxLength": 32
      },
      "projectId": {
        "required": true,
        "type": "string",
        "pattern": "^proj-[0-9a-f]+$"
      },
      "regionId": {
        "required": true,
        "type": "string",
        "minLength": 1
      },
      "description": {
        "required": false,
        "type": "string",
        "maxLength": 255
      }
    }
  },
  "listClusters": {
    "query": {
      "pageSize": {
        "required": false,
        "type": "integer",
        "minimum": 1,
        "maximum": 100
      },
      "currentPage": {
        "required": false,
        "type": "integer",
        "minimum": 1
      },
      "region": {
        "required": false,
        "type": "string",
        "minLength": 1
      }
    }
  },
  "describeCluster": {
    "path": {
      "clusterId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  },
  "dropCluster": {
    "path": {
      "clusterId": {
        "required": true,
        "type": "string",
        "minLength": 1
      }
    }
  },
  "listProjects": {},
  "listCloudProviders": {},
  "listCloudRegions": {
    "query": {
      "cloudId": {
        "required": false,
        "type": "string",
        "minLength": 1
      }
    }
  }
} as const;
