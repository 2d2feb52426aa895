-- what the refusal asks for (the definition saved elsewhere): the view over what the upgrade changes dropped
DROP VIEW OPS_RESOURCE_CREATORS
