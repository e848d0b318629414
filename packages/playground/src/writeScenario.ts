/** The scenario writer, in its own module so the page loads the YAML writer only on export. */
export { writeScenarioText } from 'mandjes'
