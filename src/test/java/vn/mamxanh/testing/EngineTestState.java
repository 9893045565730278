package vn.mamxanh.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every test on the shared engine needs around it: camunda-bpm-assert bound to the app's
 * engine, and the engine clock back to real time after a test moved it, so no test leaks its
 * date into the next.
 */
public class EngineTestState implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        AbstractAssertions.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
