/**
 * The member filter fields the analysis area adds through the members kernel's field sources:
 * segment membership (segment:<id>), answers to published surveys (answer:…) and campaign status
 * (campaign:<id>). Imported for their registration by the analysis services, which the handler
 * table loads at start, so every area's filters know them.
 */
import './segment-field-source';
import './answer-field-source';
import './campaign-field-source';
