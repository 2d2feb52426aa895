-- what the refusal asks for (the definitions saved elsewhere): the views over what the upgrade changes dropped
DROP VIEW OPS_COMMENT_AUTHORS
/
DROP VIEW OPS_GATEWAY_LABELS
