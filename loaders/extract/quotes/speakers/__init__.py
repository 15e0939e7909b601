"""Who a phrase beside a reporting verb names, and who a title or pronoun refers back to."""
