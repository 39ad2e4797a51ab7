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
        "maxLength": 32,
        "description": "Letters, digits and hyphens, 1 to 32 characters; unique within its project."
      },
      "projectId": {
        "required": true,
        "type": "string",
        "pattern": "^proj-[0-9a-f]+$",
        "description": "A project id, `proj-` followed by lowercase hex."
      },
      "regionId": {
        "required": true,
        "type": "string",
        "minLength": 1,
        "description": "A cloud region id such as `gcp-us-west1` or `aws-us-west-2` (`ali-` and `tc-` regions are on the China site)."
      },
      "description": {
        "required": false,
        "type": "string",
        "maxLength": 255,
        "description": "Free text shown in the console."
      }
    },
    "closedBody": true
  },
  "createFreeCluster": {
    "body": {
      "clusterName": {
        "required": true,
        "type": "string",
        "pattern": "^[A-Za-z0-9-]+$",
        "minLength": 1,
        "maxLength": 32,
        "description": "Letters, digits and hyphens, 1 to 32 characters; unique within its project."
      },
      "projectId": {
        "required": true,
        "type": "string",
        "pattern": "^proj-[0-9a-f]+$",
        "description": "A project id, `proj-` followed by lowercase hex."
      },
      "regionId": {
        "required": true,
        "type": "string",
        "minLength": 1,
        "description": "A cloud region id such as `gcp-us-west1` or `aws-us-west-2` (`ali-` and `tc-` regions are on the China site)."
      },
      "description": {
        "required": false,
        "type": "string",
        "maxLength": 255,
        "description": "Free text shown in the console."
      }
    },
    "closedBody": true
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
        "minLength": 1,
        "description": "A cloud region id such as `gcp-us-west1` or `aws-us-west-2` (`ali-` and `tc-` regions are on the China site)."
      }
    }
  },
  "describeCluster": {
    "path": {
      "clusterId": {
        "required": true,
        "type": "string",
        "minLength": 1,
        "description": "A cluster id such as `in05-bfee098389ca970` (`in05` serverless, `in03` free, `in01` dedicated; informative only)."
      }
    }
  },
  "dropCluster": {
    "path": {
      "clusterId": {
        "required": true,
        "type": "string",
        "minLength": 1,
        "description": "A cluster id such as `in05-bfee098389ca970` (`in05` serverless, `in03` free, `in01` dedicated; informative only)."
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
        "minLength": 1,
        "description": "A cloud provider id such as `aws`, `gcp` or `azure` (`ali` and `tc` on the China site)."
      }
    }
  }
} as const;
